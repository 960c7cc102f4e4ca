import type { Platform } from '../core/platform'
import { t } from './i18n'

/** A small platform mark; the platform's name is spoken, the mark itself is decoration. */
export function PlatformIcon({ platform }: { platform: Platform }) {
  return (
    <span class={`platform-icon platform-${platform}`}>
      <span aria-hidden="true">{platform === 'facebook' ? 'f' : 'IG'}</span>
      <span class="visually-hidden">{t(`platform_${platform}`)}</span>
    </span>
  )
}
