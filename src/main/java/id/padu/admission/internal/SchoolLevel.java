package id.padu.admission.internal;

/** The school levels a kota's Dinas Pendidikan admits to. */
enum SchoolLevel {
	SD, SMP
}
