package id.padu.archive.internal.digitization;

import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** The new-batch form; the files come as a separate multipart field. */
public class BatchForm {

	private String title;
	private String classificationCode;
	private String creatorUnit;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate recordDate;
	private RecordMedia media = RecordMedia.PAPER;
	private String building;
	private String room;
	private String shelf;
	private String box;
	private String berkasNumber;
	private boolean oneRecord;

	BatchRequest toRequest(UUID berkasId) {
		return new BatchRequest(title, classificationCode, creatorUnit, recordDate, media,
				new PhysicalLocation(building, room, shelf, box), berkasId, oneRecord);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getClassificationCode() {
		return classificationCode;
	}

	public void setClassificationCode(String classificationCode) {
		this.classificationCode = classificationCode;
	}

	public String getCreatorUnit() {
		return creatorUnit;
	}

	public void setCreatorUnit(String creatorUnit) {
		this.creatorUnit = creatorUnit;
	}

	public LocalDate getRecordDate() {
		return recordDate;
	}

	public void setRecordDate(LocalDate recordDate) {
		this.recordDate = recordDate;
	}

	public RecordMedia getMedia() {
		return media;
	}

	public void setMedia(RecordMedia media) {
		this.media = media;
	}

	public String getBuilding() {
		return building;
	}

	public void setBuilding(String building) {
		this.building = building;
	}

	public String getRoom() {
		return room;
	}

	public void setRoom(String room) {
		this.room = room;
	}

	public String getShelf() {
		return shelf;
	}

	public void setShelf(String shelf) {
		this.shelf = shelf;
	}

	public String getBox() {
		return box;
	}

	public void setBox(String box) {
		this.box = box;
	}

	public String getBerkasNumber() {
		return berkasNumber;
	}

	public void setBerkasNumber(String berkasNumber) {
		this.berkasNumber = berkasNumber;
	}

	public boolean isOneRecord() {
		return oneRecord;
	}

	public void setOneRecord(boolean oneRecord) {
		this.oneRecord = oneRecord;
	}
}
