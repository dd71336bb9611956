/**
 * Orders: customers place orders, which are priced by the catalog, reserved in inventory
 * and paid through payments, or rejected with a reason when a step fails.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.carve.shop.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
