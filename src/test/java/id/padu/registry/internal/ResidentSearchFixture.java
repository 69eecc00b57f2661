package id.padu.registry.internal;

import id.padu.registry.BloodType;
import id.padu.registry.Citizenship;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Gender;
import id.padu.registry.MaritalStatus;
import id.padu.registry.Religion;
import id.padu.registry.ResidentStatus;
import id.padu.registry.internal.RegistryRows.FamilyRow;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Residents with names no other test uses, written like an import (JDBC batch and
 * {@code ResidentsWritten}), then waited for until the search index holds them.
 */
class ResidentSearchFixture {

	static final String KELURAHAN = "36.71.01.1001";
	static final String OTHER_KELURAHAN = "36.71.01.1002";

	private final RegistryBatchWriter writer;
	private final ResidentSearchIndexer indexer;
	private final TransactionTemplate tx;

	ResidentSearchFixture(RegistryBatchWriter writer, ResidentSearchIndexer indexer, TransactionTemplate tx) {
		this.writer = writer;
		this.indexer = indexer;
		this.tx = tx;
	}

	record Person(String name, LocalDate birth, Gender gender, String kelurahan, String rt, String rw) {

		/** Born on a random day of 1931, so that NIKs of different tests do not collide. */
		Person(String name) {
			this(name, LocalDate.of(1931, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365)), Gender.L, KELURAHAN,
					"001", "001");
		}
	}

	/**
	 * A word of ten random letters, so that names built with it are unique across tests and runs. No
	 * letter that takes part in a spelling rule (oe, dj, tj, ch, j), so a typo in it stays one edit.
	 */
	static String marker() {
		String letters = "abfgiklmnpqrsuvwz";
		Random random = ThreadLocalRandom.current();
		StringBuilder word = new StringBuilder("Q");
		for (int i = 0; i < 9; i++) {
			word.append(letters.charAt(random.nextInt(letters.length())));
		}
		return word.toString();
	}

	/** Writes one household per person in the tenant; returns their NIKs in order. */
	List<String> insert(String tenant, Person... people) throws InterruptedException {
		List<Household> households = new java.util.ArrayList<>();
		List<String> niks = new java.util.ArrayList<>();
		for (Person p : people) {
			String nik = nik(p);
			LocalDate issued = LocalDate.of(2020, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));
			String kk = String.format("367101%02d%02d20%s", issued.getDayOfMonth(), issued.getMonthValue(), serial());
			niks.add(nik);
			households.add(new Household(new FamilyRow(kk, issued, "Jl. Uji No. 1", p.rt(), p.rw(),
					p.kelurahan()), List.of(new ResidentRow(nik, p.name(), "Tangerang", p.birth(), p.gender(),
							BloodType.O, Religion.ISLAM, MaritalStatus.BELUM_KAWIN, null, null, Citizenship.WNI,
							"Jl. Uji No. 1", p.rt(), p.rw(), p.kelurahan(), null, null, ResidentStatus.HIDUP, kk,
							FamilyRelationship.KEPALA_KELUARGA)), List.of()));
		}
		TenantContext.runAs(TenantId.of(tenant),
				() -> tx.executeWithoutResult(s -> writer.write(tenant, households, "test", Instant.now())));
		if (!indexer.awaitIdle(Duration.ofSeconds(30))) {
			throw new IllegalStateException("The search index did not catch up");
		}
		return niks;
	}

	/** A valid NIK (kecamatan 36.71.01, the birth date, women + 40) with a random serial above the demo's. */
	private static String nik(Person p) {
		int day = p.birth().getDayOfMonth() + (p.gender() == Gender.P ? 40 : 0);
		return String.format("367101%02d%02d%02d%s", day, p.birth().getMonthValue(), p.birth().getYear() % 100, serial());
	}

	private static String serial() {
		return String.valueOf(5000 + ThreadLocalRandom.current().nextInt(5000));
	}
}
