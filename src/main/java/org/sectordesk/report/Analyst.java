package org.sectordesk.report;

import java.util.Objects;

/**
 * A member of the team as the report's cover and biographies print them ({@code analysts.yaml}).
 *
 * @param role    证券分析师, 联系人 … (as the house prints it)
 * @param sac     the SAC practising certificate number (执业证书编号), empty for a contact without one
 */
public record Analyst(String id, String name, String nameEn, String role, String roleEn, String sac, String phone,
    String email, String bio, String bioEn) {
  public Analyst {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
    role = role == null ? "" : role;
    roleEn = roleEn == null || roleEn.isBlank() ? role : roleEn;
    sac = sac == null ? "" : sac;
    phone = phone == null ? "" : phone;
    email = email == null ? "" : email;
    bio = bio == null ? "" : bio;
    bioEn = bioEn == null || bioEn.isBlank() ? bio : bioEn;
  }

  public String name(Lang lang) {
    return lang == Lang.EN ? nameEn : name;
  }

  public String role(Lang lang) {
    return lang == Lang.EN ? roleEn : role;
  }

  public String bio(Lang lang) {
    return lang == Lang.EN ? bioEn : bio;
  }
}
