package uk.headsup.inclusion.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(InclusionSettings.class)
class InclusionConfiguration {}
