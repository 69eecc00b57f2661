package id.padu.archive.internal;

import id.padu.classification.SecurityClass;
import id.padu.shared.persistence.TenantScopedEntity;
import id.padu.shared.search.IndonesianAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A record (arsip): its metadata, the text read from its files (born-digital or OCR) and, for paper, where it
 * sits. Its files are {@link ArchiveFile} rows. A record created from another module's event names its source,
 * which the record page links back to.
 * <p>
 * Indexed for the archive search ({@code internal.search.RecordSearch}): text, description and title together as
 * one field of Indonesian words ({@code allText}, not stored: the snippet is cut from the loaded record); code,
 * main code, OPD, year, media and security class as terms for filters, facets and the access rule. A destroyed record stays in the index as a
 * tombstone without text, marked {@code destroyed}, so the search leaves it out unless asked.
 */
@Entity
@Table(name = "archive_record")
@Indexed(index = "archive_record")
public class ArchiveRecord extends TenantScopedEntity {

	private UUID berkasId;
	private String title;
	@GenericField(sortable = Sortable.YES)
	private LocalDate recordDate;
	@KeywordField(aggregable = Aggregable.YES)
	private String creatorUnit;
	@KeywordField(aggregable = Aggregable.YES)
	private String classificationCode;
	@Enumerated(EnumType.STRING)
	@KeywordField
	private SecurityClass securityClass;
	private String description;
	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private RecordMedia media;
	private Integer pageCount;
	@Embedded
	private PhysicalLocation location;
	private String sourceModule;
	private String sourceReference;
	@Column(name = "full_text")
	private String fullText;
	@Enumerated(EnumType.STRING)
	private TextStatus textStatus;
	private String filedBy;
	private Instant filedAt;
	private Instant destroyedAt;
	@Column(name = "destroyed_by_document")
	private UUID beritaAcaraId;

	protected ArchiveRecord() {
	}

	ArchiveRecord(UUID berkasId, RecordDraft draft, String filedBy, Instant filedAt) {
		this.berkasId = berkasId;
		this.title = draft.title();
		this.recordDate = draft.date();
		this.creatorUnit = draft.creatorUnit();
		this.classificationCode = draft.classificationCode();
		this.securityClass = draft.securityClass();
		this.description = draft.description();
		this.media = draft.media();
		this.pageCount = draft.pageCount();
		this.location = draft.location().isEmpty() ? null : draft.location();
		this.sourceModule = draft.source() == null ? null : draft.source().module();
		this.sourceReference = draft.source() == null ? null : draft.source().reference();
		this.textStatus = TextStatus.NONE;
		this.filedBy = filedBy;
		this.filedAt = filedAt;
	}

	/** Text read from the record's files; {@code status} says how it was obtained. */
	public void text(String text, TextStatus status) {
		this.fullText = text == null || text.isBlank() ? null : text;
		this.textStatus = status;
	}

	public void waitForOcr() {
		this.textStatus = TextStatus.WAITING_OCR;
	}

	/** The page count the operator confirmed, or OCR counted. */
	public void pages(int count) {
		this.pageCount = count;
	}

	/** The main code ({@code 400} of {@code 400.3.5}), for the facet of the ten main classes. */
	@KeywordField(name = "mainCode", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "classificationCode")))
	String getMainCode() {
		return mainCodeOf(classificationCode);
	}

	@KeywordField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "recordDate")))
	String getYear() {
		return recordDate == null ? null : Integer.toString(recordDate.getYear());
	}

	/**
	 * One field for the words of the text, the description and the title: a search word is then one term to look
	 * up, not one per field, which keeps a two-word search over a million records to a conjunction of two terms.
	 */
	@FullTextField(name = "allText", analyzer = IndonesianAnalysis.TEXT)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "fullText")),
			@ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "title")) })
	String getAllText() {
		StringJoiner words = new StringJoiner("\n\n");
		for (String part : new String[] { fullText, description, title }) {
			if (part != null && !part.isBlank()) {
				words.add(part);
			}
		}
		return words.length() == 0 ? null : words.toString();
	}

	@GenericField(name = "destroyed")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "destroyedAt")))
	boolean getTombstone() {
		return destroyedAt != null;
	}

	public static String mainCodeOf(String code) {
		if (code == null) {
			return null;
		}
		int dot = code.indexOf('.');
		return dot < 0 ? code : code.substring(0, dot);
	}

	public void moveTo(PhysicalLocation newLocation) {
		this.location = newLocation == null || newLocation.isEmpty() ? null : newLocation;
	}

	/**
	 * Makes the record a tombstone after an approved, signed destruction: its metadata stays, the text read from
	 * its files goes (the files themselves are released by the lifecycle).
	 */
	public void destroy(Instant at, UUID beritaAcara) {
		this.fullText = null;
		this.textStatus = TextStatus.NONE;
		this.destroyedAt = at;
		this.beritaAcaraId = beritaAcara;
	}

	public boolean isDestroyed() {
		return destroyedAt != null;
	}

	public Instant destroyedAt() {
		return destroyedAt;
	}

	/** The issued document (signed berita acara) the record was destroyed under. */
	public UUID beritaAcaraId() {
		return beritaAcaraId;
	}

	public UUID berkasId() {
		return berkasId;
	}

	public String title() {
		return title;
	}

	public LocalDate recordDate() {
		return recordDate;
	}

	public String creatorUnit() {
		return creatorUnit;
	}

	public String classificationCode() {
		return classificationCode;
	}

	public SecurityClass securityClass() {
		return securityClass;
	}

	public String description() {
		return description;
	}

	public RecordMedia media() {
		return media;
	}

	public Integer pageCount() {
		return pageCount;
	}

	public PhysicalLocation location() {
		return location == null ? PhysicalLocation.NONE : location;
	}

	public RecordSource source() {
		return sourceModule == null ? null : new RecordSource(sourceModule, sourceReference);
	}

	public String fullText() {
		return fullText;
	}

	public TextStatus textStatus() {
		return textStatus;
	}

	public String filedBy() {
		return filedBy;
	}

	public Instant filedAt() {
		return filedAt;
	}
}
