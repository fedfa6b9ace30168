/**
 * Prices from the external auction system: its feed is polled (once across instances, retry and
 * circuit breaker around each call), each update is applied to the item whose number is the
 * update's {@code itemRef} unless it is older than what the item shows, and the feed's state is in
 * {@code /api/items/auction-feed} and the health details.
 */
package jp.azukari.item.price;
