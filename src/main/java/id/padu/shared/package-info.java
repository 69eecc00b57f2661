/**
 * Value types every module speaks (NIK, NIP, kode wilayah, Rupiah, tenant id) and the web conventions
 * they share (problem details, formatting, rate limits). An open module: no business rules live here.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package id.padu.shared;

import org.springframework.modulith.ApplicationModule;
