package id.padu;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.Calendar;
import java.util.Date;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** Conventions of the code base that the compiler does not check (see the common brief). */
class ArchitectureTest {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.padu");

	private static final Pattern MODULE = Pattern.compile("id\\.padu\\.([a-z0-9]+)(\\..*)?");
	private static final Pattern MONEY = Pattern.compile("(?i).*(amount|price|fee|cost|total|rupiah|tarif|biaya|harga).*");

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(MAIN);
	}

	@Test
	void noModuleReachesIntoAnotherModulesInternals() {
		classes().should(new ArchCondition<JavaClass>("use no internal package of another module") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String module = module(item.getPackageName());
				item.getDirectDependenciesFromSelf().forEach(dependency -> {
					String target = dependency.getTargetClass().getPackageName();
					String targetModule = module(target);
					if (targetModule != null && !targetModule.equals(module) && target.contains(".internal")) {
						events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
					}
				});
			}
		}).check(MAIN);
	}

	@Test
	void entitiesLiveInTheirModulesInternalPackage() {
		classes().that().areAnnotatedWith(Entity.class)
			.should().resideInAPackage("id.padu.*.internal..")
			.check(MAIN);
	}

	@Test
	void timeIsJavaTimeNotDateOrCalendar() {
		noClasses().should().dependOnClassesThat().belongToAnyOf(Date.class, Calendar.class)
			.check(MAIN);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
	}

	@Test
	void noLombok() {
		noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(MAIN);
	}

	@Test
	void noStackTracesPrinted() {
		noClasses().should().callMethod(Throwable.class, "printStackTrace").check(MAIN);
	}

	@Test
	void moneyIsNeverFloatingPoint() {
		fields().that(new DescribedPredicate<JavaField>("are named like an amount of money") {
			@Override
			public boolean test(JavaField field) {
				return MONEY.matcher(field.getName()).matches() && !field.getModifiers().contains(JavaModifier.SYNTHETIC);
			}
		}).should(new ArchCondition<JavaField>("not be double or float") {
			@Override
			public void check(JavaField field, ConditionEvents events) {
				String type = field.getRawType().getName();
				if (type.equals("double") || type.equals("float") || type.equals(Double.class.getName())
						|| type.equals(Float.class.getName())) {
					events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is " + type));
				}
			}
		}).allowEmptyShould(true).check(MAIN);
	}

	private static String module(String packageName) {
		var matcher = MODULE.matcher(packageName);
		return matcher.matches() ? matcher.group(1) : null;
	}
}
