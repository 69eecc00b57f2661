package id.padu.identity;

import id.padu.shared.Nik;

import java.util.Optional;
import java.util.UUID;

/** The NIK a citizen signed up with, for modules that show citizens their own records. */
public interface CitizenAccounts {

	/** The NIK of a citizen account of the current tenant; empty for staff or unknown accounts. */
	Optional<Nik> nikOf(UUID accountId);

	/** Name, e-mail and language of a citizen account of the current tenant, for notifications. */
	Optional<CitizenContact> contactOf(UUID accountId);
}
