/**
 * Local taxes of the pemda (pajak daerah), starting with PBB-P2 (land and building tax): tax objects by NOP
 * with their taxpayer's NIK, location, land and building areas and NJOP per m², the yearly SPPT worked out
 * under the pemda's Perda (NJOPTKP, tariff bands), and late-payment interest. Citizens pay an SPPT through the
 * {@code pembayaran-pbb} service: this module assesses its fee ({@link id.padu.services.FeeAssessment}
 * {@code localtax.pbb}) and marks the SPPT paid when payments reports the bill paid, publishing
 * {@link id.padu.localtax.SpptPaid}.
 */
@ApplicationModule(displayName = "Local taxes")
package id.padu.localtax;

import org.springframework.modulith.ApplicationModule;
