package id.padu.archive.internal.custody.lending;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.RecordMedia;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What may be lent: a record on paper or another physical medium (an electronic one is read on screen, not lent),
 * or a berkas holding at least one such record; never anything of a destroyed berkas; never an item already out,
 * whether lent itself or as part of its berkas; due no earlier than lent.
 */
@Component
class LendingPolicy {

	private final LoanRepository loans;
	private final LendingRecords records;

	LendingPolicy(LoanRepository loans, LendingRecords records) {
		this.loans = loans;
		this.records = records;
	}

	void checkRecord(ArchiveRecord record, Berkas berkas, LocalDate lentOn, LocalDate dueOn) {
		checkDates(lentOn, dueOn);
		if (berkas.stage() == ArchiveStage.MUSNAH) {
			throw new BusinessRuleViolation("archive.custody.loan.destroyed", berkas.berkasNumber());
		}
		if (!record.media().isPhysical()) {
			throw new BusinessRuleViolation("archive.custody.loan.notPhysical", record.title());
		}
		if (loans.existsByOpenItem(record.getId())) {
			throw new BusinessRuleViolation("archive.custody.loan.alreadyLent", record.title());
		}
		if (loans.existsByOpenItem(berkas.getId())) {
			throw new BusinessRuleViolation("archive.custody.loan.berkasLent", berkas.berkasNumber());
		}
	}

	void checkBerkas(Berkas berkas, LocalDate lentOn, LocalDate dueOn) {
		checkDates(lentOn, dueOn);
		if (berkas.stage() == ArchiveStage.MUSNAH) {
			throw new BusinessRuleViolation("archive.custody.loan.destroyed", berkas.berkasNumber());
		}
		if (!records.existsByBerkasIdAndMediaNot(berkas.getId(), RecordMedia.ELECTRONIC)) {
			throw new BusinessRuleViolation("archive.custody.loan.noPhysical", berkas.berkasNumber());
		}
		if (loans.existsByBerkasIdAndReturnedOnIsNull(berkas.getId())) {
			throw new BusinessRuleViolation("archive.custody.loan.alreadyLent", berkas.berkasNumber());
		}
	}

	private static void checkDates(LocalDate lentOn, LocalDate dueOn) {
		if (lentOn == null || dueOn == null) {
			throw new BusinessRuleViolation("archive.custody.loan.datesRequired");
		}
		if (dueOn.isBefore(lentOn)) {
			throw new BusinessRuleViolation("archive.custody.loan.dueBeforeLent");
		}
	}
}
