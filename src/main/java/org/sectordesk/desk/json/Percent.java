package org.sectordesk.desk.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view's fraction (0.052) that the JSON contract prints in percent (5.2, a {@code _pct} field): the decimal
 * point moves two places on the fraction's shortest decimal form, so 0.07 prints 7.0, never 7.000000000000001.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@JacksonAnnotationsInside
@JsonSerialize(using = PercentSerializer.class)
public @interface Percent {}
