import { describe, expect, it } from 'vitest';
import { carrierFromForm } from '../../../components/options/CarriersSection';
import { customCarrierIssues } from '../../../utils/domain/validate';
import { linesForPage } from '../../../utils/autofill/line-choice';
import { carriersForHost } from '../../../utils/carriers/registry';
import { makeLine } from '../fixtures';

/** A custom carrier as the form reads it: saved only as something the fill can match on the carrier's own pages. */
describe('the custom carrier form', () => {
  it('stores an internationalised domain as browsers report hosts (punycode), so its pages match', () => {
    const { carrier, problems } = carrierFromForm(
      { name: 'Bücher Mobil', country: 'DE', domains: 'bücher.de', rechargeUrl: 'https://www.bücher.de/aufladen', activityEveryDays: '180', topUpExtendsDays: '' },
      [],
    );
    expect(problems).toEqual({});
    expect(carrier!.domains).toEqual(['xn--bcher-kva.de']);
    expect(carriersForHost('www.xn--bcher-kva.de', [carrier!]).map((c) => c.id)).toEqual([carrier!.id]);
    expect(linesForPage(carrier!.rechargeUrl, [makeLine({ id: 'de', carrier: carrier!.id })], [carrier!]).map((line) => line.id)).toEqual(['de']);
    // A record holding the Unicode form is refused by the record check; a backup file's is converted on reading (backup.test.ts).
    expect(customCarrierIssues({ ...carrier!, domains: ['bücher.de'] }, 'customCarriers[0]').map((issue) => issue.path)).toContain('customCarriers[0].domains[0]');
  });

  it('refuses a name already taken in another case or width, or by a built-in carrier; the carrier being edited may keep its own', () => {
    const form = { name: 'lycamobile uk', country: 'GB', domains: 'lyca.co.uk', rechargeUrl: 'https://www.lyca.co.uk/topup', activityEveryDays: '', topUpExtendsDays: '' };
    expect(carrierFromForm(form, []).problems.name).toEqual({ code: 'duplicate-id', detail: 'lycamobile uk' });
    expect(carrierFromForm({ ...form, name: 'ＴＩＮＧ' }, ['custom:Ting']).problems.name?.code).toBe('duplicate-id');
    expect(carrierFromForm({ ...form, name: 'TING' }, ['custom:Ting'], 'custom:Ting').problems).toEqual({});
    expect(carrierFromForm({ ...form, name: 'Lyca' }, ['custom:Ting']).problems).toEqual({});
  });

  it('refuses in the form a top-up page that is not on one of the carrier\'s domains (the fill would never run there)', () => {
    const form = { name: 'Lyca UK', country: 'GB', domains: 'lycamobile.co.uk', rechargeUrl: 'https://www.lyca.co.uk/topup', activityEveryDays: '', topUpExtendsDays: '' };
    const { carrier, problems } = carrierFromForm(form, []);
    expect(carrier).toBeUndefined();
    expect(problems.rechargeUrl).toEqual({ code: 'not-on-domains' });
    expect(carrierFromForm({ ...form, domains: 'lycamobile.co.uk lyca.co.uk' }, []).problems).toEqual({});
    // Carriers saved before this rule (and their backups) still load: the rule is the form's.
    expect(customCarrierIssues({ id: 'custom:Lyca UK', name: 'Lyca UK', domains: ['lycamobile.co.uk'], rechargeUrl: 'https://www.lyca.co.uk/topup', activityEveryDays: null, topUpExtendsDays: null }, 'customCarriers[0]')).toEqual([]);
  });
});
