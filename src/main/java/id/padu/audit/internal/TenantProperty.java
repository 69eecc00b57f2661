package id.padu.audit.internal;

import org.hibernate.annotations.TenantId;
import org.hibernate.persister.entity.EntityPersister;

import java.lang.reflect.Field;
import java.util.Arrays;

/** Finds the {@code @TenantId} property of an entity class, the tenant whose chain its changes join. */
final class TenantProperty {

	private TenantProperty() {
	}

	/** Index of the tenant property in the persister's property arrays, or -1 if the entity has none. */
	static int indexOf(EntityPersister persister) {
		for (Class<?> type = persister.getMappedClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(TenantId.class)) {
					return Arrays.asList(persister.getPropertyNames()).indexOf(field.getName());
				}
			}
		}
		return -1;
	}
}
