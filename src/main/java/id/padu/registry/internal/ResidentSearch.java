package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.Purpose;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds residents of the current pemda by (part of) their name, however it is spelled, or exactly by NIK
 * or Nomor KK. The index is filtered by tenant like every query; hits are loaded from the database, so
 * what is shown is never staler than the row.
 */
@Service
@Transactional(readOnly = true)
class ResidentSearch {

	/** What the API returns for each hit, and therefore what the access log records. */
	static final List<String> LISTED_FIELDS = List.of("nik", "name", "birthDate", "birthPlace", "gender",
			"kodeWilayah", "address");

	private final EntityManager entityManager;
	private final ResidentRepository residents;
	private final PersonalDataAccessLog log;
	private final Readers readers;

	ResidentSearch(EntityManager entityManager, ResidentRepository residents, PersonalDataAccessLog log,
			Readers readers) {
		this.entityManager = entityManager;
		this.residents = residents;
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
	 * the caller and the purpose, in the same transaction as the read. Another system that receives a
	 * list of names and birth dates has received personal data, and the citizen must be able to see that.
	 */
	@Transactional
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
		List<ResidentSearchHit> found = Search.session(entityManager).search(Resident.class)
			.select(f -> f.composite().from(f.entity(), f.score()).as((Resident r, Float score) ->
					new ResidentSearchHit(r.toRecord(), plan.share(score))))
			.where(f -> f.bool(root -> {
				root.must(plan.predicate(f, relaxed));
				filters(f, root, query);
			}))
			.totalHitCountThreshold(query.limit())
			.fetchHits(query.limit());
		for (ResidentSearchHit hit : found) {
			if (hits.size() < query.limit()) {
				hits.putIfAbsent(hit.resident().nik().value(), hit);
			}
		}
	}

	private static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, ResidentSearchQuery q) {
		if (q.birthDate() != null) {
			root.filter(f.range().field("birthDate").between(q.birthDate(), q.birthDate()));
		}
		if (q.birthYear() != null) {
			root.filter(f.range().field("birthDate").between(LocalDate.of(q.birthYear(), 1, 1),
					LocalDate.of(q.birthYear(), 12, 31)));
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
		var one = residents.findByNik(digits);
		if (one.isPresent()) {
			return List.of(new ResidentSearchHit(one.get().toRecord(), 1.0));
		}
		List<ResidentSearchHit> family = new ArrayList<>();
		residents.findByNomorKk(digits).stream()
			.sorted(Comparator.comparing((Resident r) -> r.relationship() != FamilyRelationship.KEPALA_KELUARGA)
				.thenComparing(Resident::birthDate))
			.forEach(r -> family.add(new ResidentSearchHit(r.toRecord(), 1.0)));
		return family;
	}
}
