package id.padu.archive.internal.records;

import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;
import java.util.UUID;

/** The "Tambah arsip" form: one record with one file, the physical location for non-electronic media. */
public class RecordForm {

	private String title;
	private String classificationCode;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	private String description;
	private String creatorUnit;
	private SecurityClass securityClass = SecurityClass.BIASA;
	private RecordMedia media = RecordMedia.ELECTRONIC;
	private Integer pageCount;
	private String building;
	private String room;
	private String shelf;
	private String box;
	private UUID berkasId;
	private MultipartFile file;

	RecordInput toInput() {
		PhysicalLocation location = media != null && media.isPhysical()
				? new PhysicalLocation(building, room, shelf, box) : PhysicalLocation.NONE;
		return new RecordInput(title, classificationCode, date, description, berkasId, creatorUnit, securityClass,
				media, pageCount, location);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getClassificationCode() { return classificationCode; }
	public void setClassificationCode(String classificationCode) { this.classificationCode = classificationCode; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getCreatorUnit() { return creatorUnit; }
	public void setCreatorUnit(String creatorUnit) { this.creatorUnit = creatorUnit; }
	public SecurityClass getSecurityClass() { return securityClass; }
	public void setSecurityClass(SecurityClass securityClass) { this.securityClass = securityClass; }
	public RecordMedia getMedia() { return media; }
	public void setMedia(RecordMedia media) { this.media = media; }
	public Integer getPageCount() { return pageCount; }
	public void setPageCount(Integer pageCount) { this.pageCount = pageCount; }
	public String getBuilding() { return building; }
	public void setBuilding(String building) { this.building = building; }
	public String getRoom() { return room; }
	public void setRoom(String room) { this.room = room; }
	public String getShelf() { return shelf; }
	public void setShelf(String shelf) { this.shelf = shelf; }
	public String getBox() { return box; }
	public void setBox(String box) { this.box = box; }
	public UUID getBerkasId() { return berkasId; }
	public void setBerkasId(UUID berkasId) { this.berkasId = berkasId; }
	public MultipartFile getFile() { return file; }
	public void setFile(MultipartFile file) { this.file = file; }
}
