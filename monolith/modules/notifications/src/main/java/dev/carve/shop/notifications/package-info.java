/**
 * The notifications module: records what the shop tells its customers when they sign up
 * and when their orders are confirmed or cancelled, and lets each customer read theirs.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.carve.shop.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
