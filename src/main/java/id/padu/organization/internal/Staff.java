package id.padu.organization.internal;

import id.padu.organization.StaffRef;
import id.padu.shared.Nip;
import id.padu.shared.persistence.TenantScopedEntity;
import id.padu.shared.search.IndonesianAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A staff member (pegawai), identified by NIP; optionally linked to a sign-in account by username. */
@Entity
@Table(name = "org_staff")
@Indexed(index = "org_staff")
public class Staff extends TenantScopedEntity {

	@KeywordField
	private String nip;

	@FullTextField(analyzer = IndonesianAnalysis.NAME)
	@Column(name = "full_name")
	private String fullName;

	@KeywordField
	private String username;

	private String email;

	protected Staff() {
	}

	Staff(Nip nip, String fullName, String username, String email) {
		this.nip = nip.value();
		update(fullName, username, email);
	}

	void update(String fullName, String username, String email) {
		this.fullName = fullName;
		this.username = username == null || username.isBlank() ? null : username.strip().toLowerCase();
		this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase();
	}

	StaffRef toRef() {
		return new StaffRef(getId(), Nip.of(nip), fullName, username, email);
	}

	String nip() {
		return nip;
	}

	String fullName() {
		return fullName;
	}

	String username() {
		return username;
	}

	String email() {
		return email;
	}
}
