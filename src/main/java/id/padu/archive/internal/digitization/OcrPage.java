package id.padu.archive.internal.digitization;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * What OCR read on one page of a record's current scan: the mean confidence of its words (null without words)
 * and whether the quality check should show it as unreadable.
 */
@Entity
@Table(name = "ocr_page")
public class OcrPage extends TenantScopedEntity {

	private UUID recordId;
	private String originalSha256;
	private int pageNumber;
	private int pageInFile;
	private Double confidence;
	private int wordCount;
	private boolean unreadable;

	protected OcrPage() {
	}

	OcrPage(UUID recordId, String originalSha256, int pageNumber, int pageInFile, Double confidence, int wordCount,
			boolean unreadable) {
		this.recordId = recordId;
		this.originalSha256 = originalSha256;
		this.pageNumber = pageNumber;
		this.pageInFile = pageInFile;
		this.confidence = confidence;
		this.wordCount = wordCount;
		this.unreadable = unreadable;
	}

	public UUID recordId() {
		return recordId;
	}

	public String originalSha256() {
		return originalSha256;
	}

	public int pageNumber() {
		return pageNumber;
	}

	public int pageInFile() {
		return pageInFile;
	}

	public Double confidence() {
		return confidence;
	}

	public int wordCount() {
		return wordCount;
	}

	public boolean unreadable() {
		return unreadable;
	}
}
