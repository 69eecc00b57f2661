/**
 * E-office: official letters (naskah dinas) without paper. Outgoing letters are drafted in the browser, reviewed
 * and initialled (paraf) in order, signed electronically by the holder of the signing position (or an acting
 * Plt/Plh), numbered without gaps and dispatched to positions, whole OPDs and external addressees. Incoming letters
 * are registered by the secretariat and disposed down the position hierarchy until every branch is closed with a
 * follow-up report. A letter's security class decides who may open it; every opening is audited. Signed letters
 * and closed incoming letters are published as events for the archive to file.
 */
@ApplicationModule(displayName = "E-office")
package id.padu.eoffice;

import org.springframework.modulith.ApplicationModule;
