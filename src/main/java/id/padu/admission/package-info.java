/**
 * New-student admission of the Dinas Pendidikan (SPMB, formerly PPDB) for the pemda's state SD and SMP:
 * admission periods, schools with their capacity and seats per path (domisili/zonasi, afirmasi, mutasi,
 * prestasi), the choices and checks the admission service bundles use ({@code admission.schools},
 * {@code admission.children}, {@code admission.application}), the ranking and placement of verified
 * applications and the announcement, which finishes every waiting application through
 * {@link id.padu.services.ApplicationProcesses}. It learns about applications only from the services events.
 */
@ApplicationModule(displayName = "Admission")
package id.padu.admission;

import org.springframework.modulith.ApplicationModule;
