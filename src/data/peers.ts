/**
 * A city's balance and exchange partners as its page needs them, from an index of every city made once per
 * build, so a city page does not walk the other cities' profiles (src/lib/peers.ts).
 */
import { exchangePartnerFinder, type PeerProfile } from '../lib/peers';
import type { SiteData } from './site';

type PeerData = Pick<SiteData, 'profiles'>;

interface PeerIndex {
  profileOf: Map<string, PeerProfile>;
  partnersOf: ReturnType<typeof exchangePartnerFinder<PeerProfile>>;
}

const indexes = new WeakMap<PeerData, PeerIndex>();
function peerIndex(data: PeerData): PeerIndex {
  let index = indexes.get(data);
  if (!index) {
    index = {
      profileOf: new Map(data.profiles.map((p) => [p.id, p])),
      partnersOf: exchangePartnerFinder(data.profiles),
    };
    indexes.set(data, index);
  }
  return index;
}

/** A city's profile, by id. */
export const profileOf = (data: PeerData, cityId: string): PeerProfile | undefined =>
  peerIndex(data).profileOf.get(cityId);

/** Whether a reading assesses any characteristic of the city: only then do balance and partners have a section. */
export const assessesAny = (data: PeerData, cityId: string): boolean =>
  Object.values(profileOf(data, cityId)?.levels ?? {}).some((l) => l.level !== 'not-assessed');

/** A city's exchange partners across the EU and China (at most `limit`). */
export function exchangePartnersOf(data: PeerData, cityId: string, limit = 3) {
  const index = peerIndex(data);
  const target = index.profileOf.get(cityId);
  return target ? index.partnersOf(target, limit) : [];
}
