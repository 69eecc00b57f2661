/**
 * The pemda's structure: organization units (OPD and their sub-units, kecamatan, kelurahan), positions
 * (jabatan) with their reporting lines, staff (pegawai) and who holds which position, definitively or
 * acting (Plt/Plh). Other modules ask {@link id.padu.organization.OrganizationDirectory} who heads a unit,
 * who a person reports to, and whom a letter can be disposed down to.
 */
@ApplicationModule(displayName = "Organization")
package id.padu.organization;

import org.springframework.modulith.ApplicationModule;
