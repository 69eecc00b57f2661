/**
 * Population registry: residents (penduduk), families (Kartu Keluarga) and their life events, the
 * only owner of resident data. Every read goes through {@link id.padu.registry.Registry} with a
 * {@link id.padu.registry.Purpose} and is logged; other modules add what they hold about a person to
 * the staff page through {@link id.padu.registry.PersonRecordsProvider}. Corrections of resident data go
 * through change requests decided by a head, with a supporting document in the documents module and a
 * history of every field.
 */
@ApplicationModule(displayName = "Registry")
package id.padu.registry;

import org.springframework.modulith.ApplicationModule;
