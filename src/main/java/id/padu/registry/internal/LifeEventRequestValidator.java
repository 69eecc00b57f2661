package id.padu.registry.internal;

import id.padu.registry.IdentifierRules;
import id.padu.registry.LifeEventType;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.util.Set;

/**
 * The fields each type of {@link LifeEventRequest} needs: a well-formed spouse NIK of a known kecamatan
 * for a marriage or divorce, a well-formed area code for a move out. Births and moves in add a person to
 * a family card, which this endpoint about one resident does not do.
 */
class LifeEventRequestValidator implements Validator {

	static final Set<LifeEventType> ACCEPTED = Set.of(LifeEventType.DEATH, LifeEventType.MOVE_OUT,
			LifeEventType.MARRIAGE, LifeEventType.DIVORCE);

	private final IdentifierRules identifiers;

	LifeEventRequestValidator(IdentifierRules identifiers) {
		this.identifiers = identifiers;
	}

	@Override
	public boolean supports(Class<?> type) {
		return LifeEventRequest.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		LifeEventRequest request = (LifeEventRequest) target;
		if (request.type() == null) {
			return;
		}
		if (!ACCEPTED.contains(request.type())) {
			errors.rejectValue("type", "registry.lifeEvent.api.type.notHere");
		} else if (request.type() == LifeEventType.MARRIAGE || request.type() == LifeEventType.DIVORCE) {
			checkSpouse(request.spouseNik(), errors);
		} else if (request.type() == LifeEventType.MOVE_OUT) {
			checkDestination(request.destination(), errors);
		}
	}

	private void checkSpouse(String spouseNik, Errors errors) {
		if (spouseNik == null || spouseNik.isBlank()) {
			errors.rejectValue("spouseNik", "registry.lifeEvent.spouseNik.required");
			return;
		}
		try {
			identifiers.nik(spouseNik);
		} catch (InvalidIdentifierException e) {
			errors.rejectValue("spouseNik", e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	private static void checkDestination(String destination, Errors errors) {
		if (destination == null || destination.isBlank()) {
			errors.rejectValue("destination", "registry.moveOut.destinationRequired");
			return;
		}
		try {
			KodeWilayah.of(destination.strip());
		} catch (InvalidIdentifierException e) {
			errors.rejectValue("destination", e.messageKey(), e.arguments(), e.messageKey());
		}
	}
}
