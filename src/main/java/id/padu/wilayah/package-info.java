/**
 * Kemendagri area codes for the whole country (province, kabupaten/kota, kecamatan, desa/kelurahan),
 * shipped with the product from the idn-area-data package (ODbL), so a tenant anywhere works.
 * Reference data: not tenant-owned.
 */
@ApplicationModule(displayName = "Wilayah")
package id.padu.wilayah;

import org.springframework.modulith.ApplicationModule;
