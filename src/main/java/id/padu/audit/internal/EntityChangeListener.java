package id.padu.audit.internal;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns every insert, update and delete of a tenant-owned entity into a pending audit entry. The
 * digest covers the persisted properties (sorted by name): basic values as they are, references to
 * other entities as their id, embeddables by their own properties, element collections by their
 * elements. Collections of entities are left out: each child has entries of its own. An element
 * collection that was never loaded in this session did not change and is left out too.
 */
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private final SessionBatches batches;
	private final Map<String, Integer> tenantPropertyIndex = new ConcurrentHashMap<>();

	EntityChangeListener(SessionBatches batches) {
		this.batches = batches;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		capture("CREATE", event.getPersister(), event.getId(), event.getState(), event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		capture("UPDATE", event.getPersister(), event.getId(), event.getState(), event.getSession());
	}

	/** A deletion's digest is that of the deleted state: it proves which version was removed. */
	@Override
	public void onPostDelete(PostDeleteEvent event) {
		Object[] state = event.getDeletedState() != null ? event.getDeletedState()
				: event.getPersister().getValues(event.getEntity());
		capture("DELETE", event.getPersister(), event.getId(), state, event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void capture(String action, EntityPersister persister, Object id, Object[] state,
			SharedSessionContractImplementor session) {
		int tenantIndex = tenantPropertyIndex.computeIfAbsent(persister.getEntityName(),
				name -> TenantProperty.indexOf(persister));
		if (tenantIndex < 0 || state == null || state[tenantIndex] == null) {
			return; // not tenant-owned: tenants themselves, reference data
		}
		String digest = CanonicalForm.sha256Hex(CanonicalForm.encode(snapshot(persister, state, session)));
		batches.add(session, new PendingEntry(state[tenantIndex].toString(), Actors.current(), action,
				simpleName(persister.getEntityName()), idText(id), digest));
	}

	private static Map<String, Object> snapshot(EntityPersister persister, Object[] state,
			SharedSessionContractImplementor session) {
		Map<String, Object> values = new TreeMap<>();
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			Object value = plain(types[i], state[i], session);
			if (value != Omitted.INSTANCE) {
				values.put(names[i], value);
			}
		}
		return values;
	}

	private static Object plain(Type type, Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (type instanceof EntityType entityType) {
			return Map.of("entity", simpleName(entityType.getAssociatedEntityName()), "id",
					idText(referencedId(entityType, value, session)));
		}
		if (type instanceof CollectionType collectionType) {
			if (collectionType.getElementType(session.getFactory()) instanceof EntityType
					|| value instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
				return Omitted.INSTANCE;
			}
			Type elementType = collectionType.getElementType(session.getFactory());
			if (value instanceof Map<?, ?> map) {
				Map<Object, Object> plainMap = new TreeMap<>();
				map.forEach((k, v) -> plainMap.put(CanonicalForm.encode(k), plain(elementType, v, session)));
				return plainMap;
			}
			List<Object> elements = new ArrayList<>();
			((Collection<?>) value).forEach(element -> elements.add(plain(elementType, element, session)));
			return value instanceof java.util.Set<?> ? new java.util.HashSet<>(elements) : elements;
		}
		if (type instanceof ComponentType component) {
			Map<String, Object> values = new TreeMap<>();
			Object[] parts = component.getPropertyValues(value);
			for (int i = 0; i < parts.length; i++) {
				values.put(component.getPropertyNames()[i], plain(component.getSubtypes()[i], parts[i], session));
			}
			return values;
		}
		return value;
	}

	private static Object referencedId(EntityType type, Object value, SharedSessionContractImplementor session) {
		LazyInitializer proxy = HibernateProxy.extractLazyInitializer(value);
		if (proxy != null) {
			return proxy.getInternalIdentifier();
		}
		return session.getFactory().getMappingMetamodel().getEntityDescriptor(type.getAssociatedEntityName())
			.getIdentifier(value, session);
	}

	private static String idText(Object id) {
		if (id == null || id instanceof UUID || id instanceof Number || id instanceof CharSequence) {
			return id == null ? null : id.toString();
		}
		return CanonicalForm.encode(id);
	}

	private static String simpleName(String entityName) {
		return entityName.substring(entityName.lastIndexOf('.') + 1);
	}

	/** Marks a property that is not part of the digest. */
	private enum Omitted { INSTANCE }
}
