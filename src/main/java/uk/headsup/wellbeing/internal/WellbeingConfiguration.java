package uk.headsup.wellbeing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(WellbeingSettings.class)
class WellbeingConfiguration {}
