/**
 * Population registry: residents (penduduk), families (Kartu Keluarga) and their life events, the
 * only owner of resident data. Every read goes through {@link id.padu.registry.Registry} with a
 * {@link id.padu.registry.Purpose} and is logged; other modules add what they hold about a person to
 * the staff page through {@link id.padu.registry.PersonRecordsProvider}.
 */
@ApplicationModule(displayName = "Registry")
package id.padu.registry;

import org.springframework.modulith.ApplicationModule;
