package id.padu.identity.internal;

import id.padu.identity.CitizenAccounts;
import id.padu.identity.CitizenContact;
import id.padu.shared.Nik;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class JpaCitizenAccounts implements CitizenAccounts {

	private final AccountRepository accounts;

	JpaCitizenAccounts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Nik> nikOf(UUID accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.kind() == AccountKind.CITIZEN && account.nik() != null)
			.map(account -> Nik.of(account.nik()));
	}

	@Override
	public Optional<CitizenContact> contactOf(UUID accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.kind() == AccountKind.CITIZEN && account.email() != null)
			.map(account -> new CitizenContact(account.displayName(), account.email(),
					Locale.forLanguageTag(account.language() == null ? "id" : account.language())));
	}
}
