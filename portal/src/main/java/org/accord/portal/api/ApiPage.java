package org.accord.portal.api;

import java.util.List;

/** One page of a list: the items, where it is, and how many there are in all. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {
}
