/**
 * The banner's drawing script, built as one self-contained IIFE that the background runs in a page
 * the first time the page watcher (main.iife.ts) has a banner to show there. It hands its drawing
 * function to the watcher and draws what the watcher wants shown now.
 */
import { isBannerReply } from '../core/content-reply'
import { bannerLink, removeBanner } from './banner-link'
import { renderBanner } from './banner'

const link = bannerLink()
if (link && !link.draw) {
  // The whole reply is checked here, where its words go into the page: a reply of the wrong shape draws nothing.
  link.draw = (state) => void (isBannerReply(state) && state.type === 'banner' ? renderBanner(state, link) : removeBanner())
  if (link.state) link.draw(link.state)
}
