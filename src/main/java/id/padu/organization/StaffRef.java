package id.padu.organization;

import id.padu.shared.Nip;

import java.util.UUID;

/** A staff member (pegawai). {@code username} links to a sign-in account when the person has one. */
public record StaffRef(UUID id, Nip nip, String fullName, String username, String email) {
}
