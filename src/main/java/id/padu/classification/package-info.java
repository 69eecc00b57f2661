/**
 * The records classification scheme of the pemda (klasifikasi arsip, Permendagri 83/2022: 000 Umum ... 900
 * Keuangan and their sub-codes) and the security classes of letters and records. Reference data shared by the
 * modules that make records (e-office letters carry a classification code and a security class) and the one that
 * keeps them (the archive adds its retention schedule per code); it sits below both so neither depends on the
 * other for it. Every pemda starts with the national scheme and may add, rename or retire codes.
 */
@ApplicationModule(displayName = "Classification")
package id.padu.classification;

import org.springframework.modulith.ApplicationModule;
