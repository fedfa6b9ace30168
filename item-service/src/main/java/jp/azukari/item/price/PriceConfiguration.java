package jp.azukari.item.price;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code azukari.auction.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuctionProperties.class)
class PriceConfiguration {}
