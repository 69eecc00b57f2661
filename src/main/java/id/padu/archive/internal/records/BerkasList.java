package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** "Daftar berkas": the current pemda's berkas by OPD, code (and the codes below it), stage and open/closed. */
@Service
@Transactional(readOnly = true)
class BerkasList {

	static final int PAGE_SIZE = 50;

	/** {@code open}: true for open berkas only, false for closed only, null for both. */
	record Filter(String opd, String code, ArchiveStage stage, Boolean open, int page) {

		Filter {
			opd = opd == null || opd.isBlank() ? null : opd.strip();
			code = code == null || code.isBlank() ? null : code.strip();
			page = Math.max(page, 0);
		}
	}

	record Row(Berkas berkas, long records) {
	}

	private final EntityManager entityManager;

	BerkasList(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Row> find(Filter filter) {
		StringBuilder jpql = new StringBuilder("select b from Berkas b where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (filter.opd() != null) {
			jpql.append(" and b.creatorUnit = :opd");
			params.put("opd", filter.opd());
		}
		if (filter.code() != null) {
			jpql.append(" and (b.classificationCode = :code or b.classificationCode like :below)");
			params.put("code", filter.code());
			params.put("below", filter.code() + ".%");
		}
		if (filter.stage() != null) {
			jpql.append(" and b.stage = :stage");
			params.put("stage", filter.stage());
		}
		if (filter.open() != null) {
			jpql.append(filter.open() ? " and b.closedOn is null" : " and b.closedOn is not null");
		}
		jpql.append(" order by b.openedOn desc, b.berkasNumber desc");
		var query = entityManager.createQuery(jpql.toString(), Berkas.class)
			.setFirstResult(filter.page() * PAGE_SIZE)
			.setMaxResults(PAGE_SIZE + 1);
		params.forEach(query::setParameter);
		List<Berkas> found = query.getResultList();
		Map<UUID, Long> counts = counts(found.stream().map(Berkas::getId).toList());
		return found.stream().map(b -> new Row(b, counts.getOrDefault(b.getId(), 0L))).toList();
	}

	private Map<UUID, Long> counts(List<UUID> ids) {
		Map<UUID, Long> counts = new HashMap<>();
		if (ids.isEmpty()) {
			return counts;
		}
		entityManager.createQuery("select r.berkasId, count(r) from ArchiveRecord r where r.berkasId in :ids"
				+ " group by r.berkasId", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
		return counts;
	}
}
