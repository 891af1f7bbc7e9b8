package uk.headsup.directory.internal.gias;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GiasSettings.class)
class GiasConfiguration {}
