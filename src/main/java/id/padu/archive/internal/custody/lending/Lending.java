package id.padu.archive.internal.custody.lending;

import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.StaffRef;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nip;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Lends paper records and whole berkas to staff members and takes them back. */
@Service
public class Lending {

	/**
	 * A loan asked for: {@code item} is a record's id or a berkas number, {@code borrower} a username or an NIP.
	 */
	public record Request(String item, String borrower, String purpose, LocalDate lentOn, LocalDate dueOn) {
	}

	private final LoanRepository loans;
	private final ArchiveRecordRepository records;
	private final BerkasRepository berkas;
	private final LendingBerkas berkasByNumber;
	private final LendingPolicy policy;
	private final OrganizationDirectory directory;
	private final Clock clock;

	Lending(LoanRepository loans, ArchiveRecordRepository records, BerkasRepository berkas, LendingBerkas berkasByNumber,
			LendingPolicy policy, OrganizationDirectory directory, Clock clock) {
		this.loans = loans;
		this.records = records;
		this.berkas = berkas;
		this.berkasByNumber = berkasByNumber;
		this.policy = policy;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public Loan lend(Request request, String actor) {
		if (request.purpose() == null || request.purpose().isBlank()) {
			throw new BusinessRuleViolation("archive.custody.loan.purposeRequired");
		}
		Borrower borrower = borrower(request.borrower());
		String item = request.item() == null ? "" : request.item().strip();
		LocalDate lentOn = request.lentOn() == null ? today() : request.lentOn();
		Loan loan;
		Optional<UUID> recordId = uuid(item);
		if (recordId.isPresent()) {
			ArchiveRecord record = records.findById(recordId.get())
				.orElseThrow(() -> new NotFoundException("archive.record.notFound"));
			Berkas its = berkas.findById(record.berkasId()).orElseThrow();
			policy.checkRecord(record, its, lentOn, request.dueOn());
			loan = new Loan(record.getId(), its.getId(), borrower, request.purpose().strip(), lentOn, request.dueOn(), actor);
		} else {
			Berkas whole = berkasByNumber.findByBerkasNumber(item)
				.orElseThrow(() -> new BusinessRuleViolation("archive.custody.loan.itemUnknown", item));
			policy.checkBerkas(whole, lentOn, request.dueOn());
			loan = new Loan(null, whole.getId(), borrower, request.purpose().strip(), lentOn, request.dueOn(), actor);
		}
		try {
			return loans.saveAndFlush(loan);
		} catch (DataIntegrityViolationException lentMeanwhile) {
			throw new BusinessRuleViolation("archive.custody.loan.alreadyLent", item);
		}
	}

	@Transactional
	public Loan giveBack(UUID loanId, String conditionNote, String actor) {
		Loan loan = loans.findById(loanId).orElseThrow(() -> new NotFoundException("archive.custody.loan.notFound"));
		if (!loan.isOpen()) {
			throw new BusinessRuleViolation("archive.custody.loan.returnedAlready");
		}
		loan.giveBack(today(), conditionNote, actor);
		return loan;
	}

	LocalDate today() {
		return clock.instant().atZone(Formats.JAKARTA).toLocalDate();
	}

	private Borrower borrower(String who) {
		String value = who == null ? "" : who.strip();
		if (value.isEmpty()) {
			throw new BusinessRuleViolation("archive.custody.loan.borrowerRequired");
		}
		Optional<StaffRef> staff;
		if (value.chars().allMatch(Character::isDigit)) {
			try {
				staff = directory.findStaff(Nip.of(value));
			} catch (InvalidIdentifierException e) {
				staff = Optional.empty();
			}
		} else {
			staff = directory.findStaffByUsername(value);
		}
		StaffRef s = staff.orElseThrow(() -> new BusinessRuleViolation("archive.custody.loan.borrowerUnknown", value));
		return new Borrower(s.username(), s.nip() == null ? null : s.nip().value(), s.fullName(), s.email());
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		} catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
