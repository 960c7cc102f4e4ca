/** The extension's own marks: its icon, and simple platform glyphs of its own (no Meta logos). */
import type { Platform } from '../core/platform'
import { ICON_BLUE, ICON_MARK, ICON_SHIELD, ICON_VIEW_BOX } from '../core/icon'

export function AppIcon({ size = 24 }: { size?: number }) {
  return (
    <svg class="app-icon" data-icon="app" width={size} height={size} viewBox={ICON_VIEW_BOX} aria-hidden="true" focusable="false">
      <path d={ICON_SHIELD} fill={ICON_BLUE} />
      <path d={ICON_MARK} fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" />
    </svg>
  )
}

/** Facebook: two people (friends); Instagram: a camera. Drawn in the current colour. */
const GLYPHS: Record<Platform, string> = {
  facebook: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM3 19c0-3.3 2.7-6 6-6s6 2.7 6 6Zm13.5 0c0-2-.7-3.8-1.9-5.2.5-.2 1-.3 1.4-.3 2.8 0 5 2.5 5 5.5Z',
  instagram: 'M4 8a2 2 0 0 1 2-2h2l1.5-2h5L16 6h2a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2Zm8 9a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0-2a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z',
}

/** A small platform mark, decoration only: the text beside it names the platform (accountName, accountSecondary). */
export function PlatformIcon({ platform }: { platform: Platform }) {
  return (
    <span class={`platform-icon platform-${platform}`} aria-hidden="true">
      <svg data-icon={platform} viewBox="0 0 24 24" width="18" height="18" focusable="false">
        <path d={GLYPHS[platform]} fill="currentColor" fill-rule="evenodd" />
      </svg>
    </span>
  )
}
