package id.padu.organization.internal;

import id.padu.organization.StaffRef;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * Finds staff by (part of) their name or NIP in the search index, tolerating one typo and old spellings
 * ("Wahyu" finds "Wahjoe"). The index is filtered by tenant like every query.
 */
@Component
class StaffSearch {

	private final EntityManager entityManager;

	StaffSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<StaffRef> search(String query, int limit) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		String digits = text.replace(" ", "");
		return Search.session(entityManager).search(Staff.class)
			.where(f -> f.bool(b -> {
				b.should(f.match().field("fullName").matching(text).fuzzy(1));
				for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
					if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
						b.should(f.wildcard().field("fullName").matching(word + "*"));
					}
				}
				if (digits.chars().allMatch(Character::isDigit)) {
					b.should(f.wildcard().field("nip").matching(digits + "*"));
				}
			}))
			.fetchHits(limit)
			.stream()
			.map(Staff::toRef)
			.toList();
	}
}
