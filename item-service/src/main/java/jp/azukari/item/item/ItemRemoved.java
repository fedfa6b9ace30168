package jp.azukari.item.item;

import java.util.List;

/**
 * In-process notice that an item was taken off its request, so that its photos' content can go.
 *
 * @param itemId the item's id
 * @param photos the photos it had
 */
public record ItemRemoved(String itemId, List<Photo> photos) {}
