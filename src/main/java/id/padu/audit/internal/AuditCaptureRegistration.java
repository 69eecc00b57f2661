package id.padu.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Hooks the audit listener into Hibernate once at start-up, before any application runner (demo
 * data included) writes, so modules get their entries without doing anything.
 */
@Component
class AuditCaptureRegistration implements SmartInitializingSingleton {

	private final EntityManagerFactory entityManagerFactory;
	private final SessionBatches batches;

	AuditCaptureRegistration(EntityManagerFactory entityManagerFactory, SessionBatches batches) {
		this.entityManagerFactory = entityManagerFactory;
		this.batches = batches;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		EntityChangeListener listener = new EntityChangeListener(batches);
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
	}
}
