package id.padu.organization;

import id.padu.shared.Nip;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the current tenant's structure, for other modules: e-office disposes letters down
 * {@link #subordinates}, workflows give tasks to the {@link #holders} of a unit's {@link #headOf head},
 * and approvals climb the {@link #chainOfCommand}. "Today" means the current date in Asia/Jakarta; every
 * question about holders also has a variant for a given date, because a letter signed last year was
 * signed by last year's holder.
 */
public interface OrganizationDirectory {

	Optional<UnitRef> findUnit(String code);

	/** The unit with this code, or {@link id.padu.shared.NotFoundException} ({@code organization.unit.notFound}). */
	UnitRef unit(String code);

	/** Every unit, parents before children, siblings by order and name. */
	List<UnitRef> units();

	/** The whole structure from the root (normally one root: the pemda itself). */
	List<UnitNode> unitTree();

	/** Direct sub-units of a unit. */
	List<UnitRef> subUnits(String unitCode);

	/** The OPD a unit belongs to: the unit itself if it is an OPD, otherwise its nearest OPD ancestor. */
	Optional<UnitRef> opdOf(String unitCode);

	Optional<PositionRef> findPosition(String positionCode);

	/** The positions in one unit, leaders first. */
	List<PositionRef> positionsIn(String unitCode);

	/** The position that leads a unit: the one in the unit whose superior sits outside it. */
	Optional<PositionRef> headOf(String unitCode);

	/** The position this one reports to. */
	Optional<PositionRef> superior(String positionCode);

	/** Superiors from the direct one up to the head of the pemda. */
	List<PositionRef> chainOfCommand(String positionCode);

	/** Positions reporting directly to this one. */
	List<PositionRef> subordinates(String positionCode);

	/** Who holds a position today: the definitive holder first, then acting ones (Plt/Plh). */
	List<Holder> holders(String positionCode);

	List<Holder> holders(String positionCode, LocalDate on);

	Optional<StaffRef> findStaff(Nip nip);

	Optional<StaffRef> findStaffByUsername(String username);

	/** The positions the person signed in as {@code username} holds today, definitive first. */
	List<Holder> appointmentsOf(String username);

	List<Holder> appointmentsOf(String username, LocalDate on);

	/** The person's main position today: the definitive one, otherwise the first acting one. */
	Optional<PositionRef> positionOf(String username);
}
