package id.padu.eoffice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface UnitSettingRepository extends JpaRepository<UnitSetting, UUID> {

	Optional<UnitSetting> findByUnitCode(String unitCode);
}
