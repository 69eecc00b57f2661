/**
 * Archive: records management for the whole pemda. Records (arsip) with their metadata and files are grouped in
 * berkas; a retention schedule (JRA) per classification code decides how long a berkas stays active and inactive
 * and what happens after (destroyed, kept permanently, reassessed). Signed letters, closed incoming letters and
 * issued service documents are filed automatically from the events their modules publish; scans are digitized
 * with OCR; disposal needs a proposal, the head's approval and a signed berita acara; stored files are checked
 * for fixity; a berkas travels to the provincial archive as a BagIt package.
 */
@ApplicationModule(displayName = "Archive")
package id.padu.archive;

import org.springframework.modulith.ApplicationModule;
