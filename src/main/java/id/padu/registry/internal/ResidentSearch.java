package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentRecord;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds residents of the current pemda by (part of) their name, however it is spelled, or exactly by NIK
 * or Nomor KK. The index is filtered by tenant like every query; hits are loaded from the database (plain
 * SQL, see {@link ResidentRows}), so what is shown is never staler than the row.
 */
@Service
@Transactional(readOnly = true)
class ResidentSearch {

	/** What the API returns for each hit, and therefore what the access log records. */
	static final List<String> LISTED_FIELDS = List.of("nik", "name", "birthDate", "birthPlace", "gender",
			"kodeWilayah", "address");

	private final EntityManager entityManager;
	private final ResidentRows rows;
	private final PersonalDataAccessLog log;
	private final Readers readers;

	ResidentSearch(EntityManager entityManager, ResidentRows rows, PersonalDataAccessLog log, Readers readers) {
		this.entityManager = entityManager;
		this.rows = rows;
		this.log = log;
		this.readers = readers;
	}

	/** Best match first. Not logged: the caller decides (see {@link #searchAndLog}). */
	List<ResidentSearchHit> search(ResidentSearchQuery query) {
		String identifier = query.identifier();
		if (identifier != null) {
			return byIdentifier(identifier);
		}
		ResidentSearchPlan plan = ResidentSearchPlan.of(query.text());
		if (plan.isEmpty()) {
			return List.of();
		}
		Map<String, ResidentSearchHit> hits = new LinkedHashMap<>();
		run(plan, false, query, hits);
		if (hits.isEmpty() && plan.canRelax()) {
			run(plan, true, query, hits);
		}
		return List.copyOf(hits.values());
	}

	/**
	 * A search whose results leave Padu through the API: every listed resident gets an access entry with
	 * the caller and the purpose, committed before the list is returned. Another system that receives a
	 * list of names and birth dates has received personal data, and the citizen must be able to see that.
	 * The search reads the index and one statement of rows, so it needs no transaction of its own (its
	 * {@code BEGIN} and {@code COMMIT} were two of its round trips); the entity manager the index search
	 * needs lives for the call.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<ResidentSearchHit> searchAndLog(ResidentSearchQuery query, Purpose purpose) {
		List<ResidentSearchHit> hits = search(query);
		if (!hits.isEmpty()) {
			log.recordAll(hits.stream().map(hit -> hit.resident().nik()).toList(), readers.current(), purpose.text(),
					LISTED_FIELDS, Channel.API);
		}
		return hits;
	}

	private void run(ResidentSearchPlan plan, boolean relaxed, ResidentSearchQuery query,
			Map<String, ResidentSearchHit> hits) {
		List<IndexHit> found = Search.session(entityManager).search(Resident.class)
			.select(f -> f.composite().from(f.id(UUID.class), f.score()).as(IndexHit::new))
			.where(f -> f.bool(root -> {
				root.must(plan.predicate(f, relaxed));
				filters(f, root, query);
			}))
			.totalHitCountThreshold(query.limit())
			.fetchHits(query.limit());
		Map<UUID, ResidentRecord> loaded = rows.byIds(found.stream().map(IndexHit::id).toList());
		for (IndexHit hit : found) {
			ResidentRecord resident = loaded.get(hit.id());
			if (resident != null && hits.size() < query.limit()) {
				hits.putIfAbsent(resident.nik().value(), new ResidentSearchHit(resident, plan.share(hit.score())));
			}
		}
	}

	private record IndexHit(UUID id, Float score) {
	}

	private static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, ResidentSearchQuery q) {
		if (q.birthDate() != null) {
			root.filter(f.range().field("birthDate").between(q.birthDate(), q.birthDate()));
		}
		if (q.birthYear() != null) {
			root.filter(f.match().field(ResidentSearchPlan.BIRTH_YEAR).matching(Integer.toString(q.birthYear())));
		}
		if (q.kelurahan() != null) {
			root.filter(f.match().field("kelurahanKode").matching(q.kelurahan()));
		}
		if (q.rt() != null) {
			root.filter(f.match().field("rt").matching(q.rt()));
		}
		if (q.rw() != null) {
			root.filter(f.match().field("rw").matching(q.rw()));
		}
		if (q.gender() != null) {
			root.filter(f.match().field("gender").matching(q.gender()));
		}
		if (q.status() != null) {
			root.filter(f.match().field("status").matching(q.status()));
		}
	}

	/** A whole NIK finds that resident; a Nomor KK finds the family, head first. Exact: scored 1.0. */
	private List<ResidentSearchHit> byIdentifier(String digits) {
		var one = rows.byNikDigits(digits);
		if (one.isPresent()) {
			return List.of(new ResidentSearchHit(one.get(), 1.0));
		}
		return rows.byNomorKk(digits).stream()
			.sorted(Comparator.comparing((ResidentRecord r) -> r.relationship() != FamilyRelationship.KEPALA_KELUARGA)
				.thenComparing(ResidentRecord::birthDate))
			.map(r -> new ResidentSearchHit(r, 1.0))
			.toList();
	}
}
