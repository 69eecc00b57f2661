package id.padu.eoffice.internal.incoming;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface IncomingLetterRepository extends JpaRepository<IncomingLetter, UUID> {

	@Query("""
			select l from IncomingLetter l
			where (:opd is null or l.recipientOpd = :opd)
			  and l.receivedDate between :from and :to
			order by l.registeredAt desc""")
	List<IncomingLetter> book(String opd, LocalDate from, LocalDate to, Limit limit);

	long countByClosedAtIsNull();

	@Query("""
			select l from IncomingLetter l
			where l.closedAt is null and l.headPosition in :positions
			  and not exists (select d.id from Disposition d where d.letterId = l.id)
			order by l.registeredAt""")
	List<IncomingLetter> awaitingFirstDisposition(Collection<String> positions);
}
