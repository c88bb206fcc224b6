package io.github.poolclient.advice;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Advises against an Update that resets members the stored client has set (catalogue ADV-12).
 *
 * <p>Why: "If you don't provide a value for an attribute, Amazon Cognito sets it to its default
 * value." ([MODEL] UpdateUserPoolClient, A13): flows and attribute lists are cleared, and
 * user-existence protection turns off (boto3 #1607, terraform-provider-aws #30433, #32504).
 *
 * <p>One advisory per member of the {@link UpdateResetReport} (at the member's field, naming the
 * old and new value) and, decision (ours), one per units pitfall (UPD-05, at the validity's field),
 * since a number read in another unit is the same pitfall of replacement semantics. Update only.
 *
 * <p>False alarm: none on an Update checked against the stored client (the catalogue's caveat,
 * "needs current config", is met by the stored client); Terraform sends full sets, so its plans do
 * not trigger it.
 */
final class UpdateResetAdvisory extends AdvisoryCheck {

  static final AdvisoryDescriptor DESCRIPTOR =
      AdvisoryDescriptor.builder()
          .id("ADV-12")
          .defaultSeverity(Severity.MEDIUM)
          .summary("Omitted members reset to defaults (e.g. user-existence protection turns off)")
          .condition(
              "An Update omits a member whose stored value is not the default, or sends validities"
                  + " without the units the stored client used")
          .sources(ImmutableList.of("A13"))
          .scope(AdvisoryScope.UPDATE)
          .build();

  UpdateResetAdvisory() {
    super(DESCRIPTOR);
  }

  @Override
  public ImmutableList<Advisory> check(AdviceSubject subject) {
    if (subject.resets().isEmpty()) {
      return ImmutableList.of();
    }
    UpdateResetReport report = subject.resets().get();
    ImmutableList.Builder<Advisory> out = ImmutableList.builder();
    for (ResetMember reset : report.resets()) {
      out.add(
          DESCRIPTOR.advisory(
              reset.field(),
              DESCRIPTOR.defaultSeverity(),
              Optional.of(reset.wireName() + " " + reset.oldValue() + " -> " + reset.newValue())));
    }
    for (UnitsPitfall pitfall : report.unitsPitfalls()) {
      out.add(
          DESCRIPTOR.advisory(
              pitfall.field(),
              DESCRIPTOR.defaultSeverity(),
              Optional.of(
                  pitfall.wireName()
                      + " "
                      + pitfall.value()
                      + " is read in "
                      + pitfall.appliedUnit()
                      + ", the stored client used "
                      + pitfall.storedUnit())));
    }
    return out.build();
  }
}
