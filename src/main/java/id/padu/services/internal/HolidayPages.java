package id.padu.services.internal;

import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** "Hari libur" (ADMIN): the pemda's SLA calendar for a year; add a local holiday, remove a day. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HolidayPages {

	/** A day to add: date, name and kind. */
	static class HolidayForm {

		@NotNull(message = "{services.holidays.date.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;
		@NotBlank(message = "{services.holidays.name.required}")
		@Size(max = 200, message = "{services.holidays.name.tooLong}")
		private String name;
		private Holiday.Kind kind = Holiday.Kind.LIBUR_DAERAH;

		public LocalDate getDate() {
			return date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Holiday.Kind getKind() {
			return kind;
		}

		public void setKind(Holiday.Kind kind) {
			this.kind = kind;
		}
	}

	/** One day of the calendar, as the page lists it. */
	record HolidayLine(UUID id, LocalDate day, String name, String kind) {
	}

	private final HolidayRepository holidays;
	private final HolidayCalendar calendar;
	private final Clock clock;

	HolidayPages(HolidayRepository holidays, HolidayCalendar calendar, Clock clock) {
		this.holidays = holidays;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/kantor/layanan/hari-libur")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) Integer tahun, Model model) {
		if (!model.containsAttribute("holidayForm")) {
			model.addAttribute("holidayForm", new HolidayForm());
		}
		return page(tahun, model);
	}

	@PostMapping("/kantor/layanan/hari-libur")
	@Transactional
	String add(@Valid @ModelAttribute("holidayForm") HolidayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && holidays.existsByDay(form.getDate())) {
			result.rejectValue("date", "services.holidays.date.taken");
		}
		if (result.hasErrors()) {
			return page(form.getDate() == null ? null : form.getDate().getYear(), model);
		}
		holidays.save(new Holiday(form.getDate(), form.getName().strip(), form.getKind()));
		calendar.changed();
		redirect.addFlashAttribute("servicesMessage", "services.holidays.added");
		return "redirect:/kantor/layanan/hari-libur?tahun=" + form.getDate().getYear();
	}

	@PostMapping("/kantor/layanan/hari-libur/{id}/hapus")
	@Transactional
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		Holiday holiday = holidays.findById(id).orElseThrow(() -> new NotFoundException("services.holidays.notFound"));
		holidays.delete(holiday);
		calendar.changed();
		redirect.addFlashAttribute("servicesMessage", "services.holidays.removed");
		return "redirect:/kantor/layanan/hari-libur?tahun=" + holiday.day().getYear();
	}

	private String page(Integer year, Model model) {
		int shown = year != null && year > 2000 && year < 2200 ? year : LocalDate.now(clock.withZone(Formats.JAKARTA)).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("holidays", holidays.findByDayBetweenOrderByDay(LocalDate.of(shown, 1, 1),
				LocalDate.of(shown, 12, 31)).stream().map(h -> new HolidayLine(h.getId(), h.day(), h.name(), h.kind().name()))
			.toList());
		model.addAttribute("kinds", Holiday.Kind.values());
		return "services/holidays";
	}
}
