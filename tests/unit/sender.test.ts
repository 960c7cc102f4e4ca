import { describe, expect, it } from 'vitest'
import { classifySender, type SenderLike } from '../../src/core/sender'

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop'
const CHROME_ORIGIN = `chrome-extension://${CHROME_ID}/`
const FIREFOX_ID = 'object-meta-ai@example.org'
const FIREFOX_ORIGIN = 'moz-extension://0b9e5c1a-3f2d-4c7e-9a8b-1d2e3f4a5b6c/'

const chrome = (sender: SenderLike) => classifySender(sender, CHROME_ID, CHROME_ORIGIN)
const fromTab = (url: string, tabUrl: string | undefined = url): SenderLike => ({
  id: CHROME_ID,
  url,
  tab: tabUrl === undefined ? { id: 7 } : { id: 7, url: tabUrl },
})

describe('classifySender', () => {
  describe('extension pages', () => {
    it('accepts the popup of the Chrome build', () => {
      expect(chrome({ id: CHROME_ID, url: `${CHROME_ORIGIN}src/popup/index.html` })).toEqual({ kind: 'extension' })
    })

    it('accepts the popup of the Firefox build (moz-extension://uuid/)', () => {
      expect(classifySender({ id: FIREFOX_ID, url: `${FIREFOX_ORIGIN}src/popup/index.html` }, FIREFOX_ID, FIREFOX_ORIGIN)).toEqual({
        kind: 'extension',
      })
    })

    it('accepts an extension page open in a tab', () => {
      expect(chrome({ id: CHROME_ID, url: `${CHROME_ORIGIN}options.html`, tab: { id: 3, url: `${CHROME_ORIGIN}options.html` } })).toEqual({
        kind: 'extension',
      })
    })

    it('accepts an origin given without its trailing slash', () => {
      expect(classifySender({ id: CHROME_ID, url: `${CHROME_ORIGIN}popup.html` }, CHROME_ID, CHROME_ORIGIN.slice(0, -1))).toEqual({
        kind: 'extension',
      })
    })

    it('rejects a page of an extension whose id only starts with ours', () => {
      const result = classifySender({ id: CHROME_ID, url: `chrome-extension://${CHROME_ID}xyz/popup.html` }, CHROME_ID, CHROME_ORIGIN.slice(0, -1))
      expect(result.kind).toBe('rejected')
    })
  })

  describe('other senders', () => {
    it('rejects another extension, even from its own pages', () => {
      const other = 'ponmlkjihgfedcbaponmlkjihgfedcba'
      expect(chrome({ id: other, url: `chrome-extension://${other}/popup.html` }).kind).toBe('rejected')
    })

    it('rejects another extension that claims our page URL', () => {
      expect(chrome({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: `${CHROME_ORIGIN}popup.html` }).kind).toBe('rejected')
    })

    it('rejects a sender without id (a web page through externally_connectable)', () => {
      expect(chrome({ url: 'https://www.facebook.com/', tab: { id: 1, url: 'https://www.facebook.com/' } }).kind).toBe('rejected')
    })

    it('rejects a sender of our id with neither a tab nor an extension URL', () => {
      expect(chrome({ id: CHROME_ID }).kind).toBe('rejected')
      expect(chrome({ id: CHROME_ID, url: 'https://www.facebook.com/' }).kind).toBe('rejected')
    })
  })

  describe('content scripts', () => {
    it('accepts a facebook tab', () => {
      expect(chrome(fromTab('https://www.facebook.com/profile.php?id=1'))).toEqual({ kind: 'content', platform: 'facebook' })
    })

    it('accepts the facebook help form', () => {
      expect(chrome(fromTab('https://www.facebook.com/help/contact/6359191084165019'))).toEqual({ kind: 'content', platform: 'facebook' })
    })

    it('accepts help.instagram.com', () => {
      expect(chrome(fromTab('https://help.instagram.com/contact/233964459562201'))).toEqual({ kind: 'content', platform: 'instagram' })
    })

    it('accepts a facebook tab whose URL the browser does not give (no tabs permission)', () => {
      expect(chrome(fromTab('https://m.facebook.com/', undefined))).toEqual({ kind: 'content', platform: 'facebook' })
    })

    it('accepts a facebook frame inside a facebook tab of another subdomain', () => {
      expect(chrome(fromTab('https://web.facebook.com/frame', 'https://www.facebook.com/'))).toEqual({ kind: 'content', platform: 'facebook' })
    })

    it.each([
      ['another site', 'https://example.com/'],
      ['a look-alike domain', 'https://facebook.com.evil.net/'],
      ['plain http', 'http://www.facebook.com/'],
      ['a file', 'file:///home/me/facebook.html'],
    ])('rejects a tab on %s', (_what, url) => {
      expect(chrome(fromTab(url)).kind).toBe('rejected')
    })

    it('rejects a facebook frame inside a tab of another site', () => {
      expect(chrome(fromTab('https://www.facebook.com/plugins/like.php', 'https://example.com/')).kind).toBe('rejected')
    })

    it('rejects an instagram frame inside a facebook tab', () => {
      expect(chrome(fromTab('https://www.instagram.com/embed', 'https://www.facebook.com/')).kind).toBe('rejected')
    })

    it('rejects a frame of another site inside a facebook tab', () => {
      expect(chrome(fromTab('https://example.com/', 'https://www.facebook.com/')).kind).toBe('rejected')
    })

    it('rejects a tab message without a frame URL', () => {
      expect(chrome({ id: CHROME_ID, tab: { id: 1, url: 'https://www.facebook.com/' } }).kind).toBe('rejected')
    })

    it('says why it rejects', () => {
      const result = chrome(fromTab('https://example.com/'))
      expect(result).toEqual({ kind: 'rejected', why: expect.stringMatching(/not facebook or instagram/) })
    })
  })
})
